// reportparser service: dotnet run --project src/ReportParser.Server  (then open http://localhost:5000/)
if (args is [ReportParser.Isolation.WorkerHost.Verb, ..])
{
    // Hidden: a worker process that reads uploads for the service (see ServerOptions.Isolation).
    return ReportParser.Isolation.WorkerHost.Run();
}

ReportParser.Server.ServerApp.Build(args).Run();
return 0;

/// <summary>The entry point (public for WebApplicationFactory in tests).</summary>
public partial class Program;
