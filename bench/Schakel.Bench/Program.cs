Console.WriteLine("Schakel benchmarks: see docs/benchmarks.md");
