using Wijkverbinder.Benchmarks;

return args.FirstOrDefault() switch
{
    "storage" => await StorageCostBenchmark.RunAsync(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Benchmarks -- storage [members ...]");
    Console.Error.WriteLine("  storage   storage transactions per network operation, for municipalities of the given sizes (default 1000 5000 20000)");
    return 2;
}
