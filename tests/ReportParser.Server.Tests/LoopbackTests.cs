namespace ReportParser.Server.Tests;

/// <summary>Tests that start a real server on loopback run one at a time, so the load test does not starve the browser test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoopbackTests
{
    public const string Name = "loopback";
}
