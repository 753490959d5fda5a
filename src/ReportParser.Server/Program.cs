// reportparser service: dotnet run --project src/ReportParser.Server  (then open http://localhost:5000/)
ReportParser.Server.ServerApp.Build(args).Run();

/// <summary>The entry point (public for WebApplicationFactory in tests).</summary>
public partial class Program;
