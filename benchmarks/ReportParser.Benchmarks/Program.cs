using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/ReportParser.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
