using System.Text;

namespace Wijkverbinder.Benchmarks.Report;

/// <summary>Copies what a benchmark writes to the console into a buffer, while it still shows on the console.</summary>
internal sealed class ConsoleCapture : IDisposable
{
    private readonly TextWriter original = Console.Out;
    private readonly StringWriter buffer = new();

    private ConsoleCapture() => Console.SetOut(new Tee(original, buffer));

    public string Text => buffer.ToString();

    public static ConsoleCapture Start() => new();

    public void Dispose()
    {
        Console.Out.Flush();
        Console.SetOut(original);
        buffer.Dispose();
    }

    private sealed class Tee(TextWriter first, TextWriter second) : TextWriter
    {
        public override Encoding Encoding => first.Encoding;

        public override void Write(char value)
        {
            lock (second)
            {
                first.Write(value);
                second.Write(value);
            }
        }

        public override void Write(string? value)
        {
            lock (second)
            {
                first.Write(value);
                second.Write(value);
            }
        }

        public override void WriteLine(string? value)
        {
            lock (second)
            {
                first.WriteLine(value);
                second.WriteLine(value);
            }
        }

        public override void Flush() => first.Flush();
    }
}
