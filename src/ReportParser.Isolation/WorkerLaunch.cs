using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace ReportParser.Isolation;

/// <summary>
/// How to start a worker: the CLI and the service relaunch themselves with the hidden <see cref="WorkerHost.Verb"/>, so
/// no second executable is shipped. Run as an apphost (<c>reportparser</c>), the worker is that executable; run as
/// <c>dotnet X.dll</c> (or from a test host), it is <c>dotnet X.dll</c>.
/// </summary>
/// <param name="FileName">The program to start.</param>
/// <param name="Arguments">Its arguments, ending with <see cref="WorkerHost.Verb"/>.</param>
public sealed record WorkerLaunch(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>The launch of the program whose entry point is in <paramref name="program"/> (the CLI's or the service's assembly).</summary>
    public static WorkerLaunch Self(Assembly program)
    {
        ArgumentNullException.ThrowIfNull(program);
        var processPath = Environment.ProcessPath;
        if (processPath is not null && !IsDotnetHost(processPath) && Assembly.GetEntryAssembly() == program)
        {
            return new WorkerLaunch(processPath, [WorkerHost.Verb]);
        }

        // The program's file beside the app (Assembly.Location is empty in a single-file build; that build is an apphost
        // and took the branch above, but the path is found the same way everywhere).
        var file = Path.Combine(AppContext.BaseDirectory, program.GetName().Name + ".dll");
        return new WorkerLaunch(DotnetHost(processPath), [file, WorkerHost.Verb]);
    }

    private static bool IsDotnetHost(string path) =>
        string.Equals(Path.GetFileNameWithoutExtension(path), "dotnet", StringComparison.OrdinalIgnoreCase);

    private static string DotnetHost(string? processPath)
    {
        if (processPath is not null && IsDotnetHost(processPath))
        {
            return processPath;
        }

        // Set by the SDK for tools and test hosts it starts.
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk))
        {
            return fromSdk;
        }

        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        var candidate = string.IsNullOrEmpty(root) ? null : Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return candidate is not null && File.Exists(candidate) ? candidate : "dotnet";
    }
}
