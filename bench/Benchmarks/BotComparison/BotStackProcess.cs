using System.Diagnostics;
using System.Globalization;

namespace Wijkverbinder.Benchmarks.BotComparison;

/// <summary>
/// One bot stack in a process of its own, on a loopback port: started, waited for until it prints "listening",
/// watched through /proc (peak resident memory, processor time) and stopped.
/// </summary>
internal sealed class BotStackProcess : IDisposable
{
    private readonly Process process;

    private BotStackProcess(Process process, int port)
    {
        this.process = process;
        Endpoint = new Uri($"http://127.0.0.1:{port}/api/messages");
    }

    public Uri Endpoint { get; }

    public int Id => process.Id;

    public static async Task<BotStackProcess> StartAsync(ProcessStartInfo start, int port)
    {
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new List<string>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("listening", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lock (errors)
                {
                    errors.Add(line);
                }
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var stack = new BotStackProcess(process, port);
        var started = await Task.WhenAny(listening.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(90)));
        if (started != listening.Task)
        {
            stack.Dispose();
            lock (errors)
            {
                throw new InvalidOperationException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not start listening: {string.Join(Environment.NewLine, errors.TakeLast(10))}");
            }
        }

        return stack;
    }

    /// <summary>The process's peak resident set size so far (VmHWM), in MiB.</summary>
    public double PeakResidentMegabytes() => StatusKilobytes("VmHWM:") / 1024.0;

    /// <summary>The process's resident set size now (VmRSS), in MiB.</summary>
    public double ResidentMegabytes() => StatusKilobytes("VmRSS:") / 1024.0;

    /// <summary>User plus system processor time the process has used so far.</summary>
    public TimeSpan ProcessorTime()
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }

    private long StatusKilobytes(string field)
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
