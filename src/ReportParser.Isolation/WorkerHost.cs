using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using ReportParser.Serialization;

namespace ReportParser.Isolation;

/// <summary>One document to check: a file path, or content with a display name and an expected format.</summary>
internal sealed record WorkerRequest(string? Path, string? Name, SourceFormat Format);

/// <summary>
/// The worker side: reads requests from standard input, checks each with the in-process <see cref="ReportChecker"/>
/// and answers in the JSON contract on standard output. Started by <see cref="WorkerPool"/> as
/// <c>&lt;the CLI or service&gt; __worker</c>; it exits when its input closes.
/// </summary>
public static class WorkerHost
{
    /// <summary>The hidden first argument that makes the CLI or the service run as a worker.</summary>
    public const string Verb = "__worker";

    /// <summary>
    /// Test hooks, honoured only by a worker and only when this variable is <c>1</c>: a file whose name contains
    /// <c>rp-hook-stackoverflow</c> recurses until the stack overflows, <c>rp-hook-hang</c> sleeps for ever (ignoring
    /// the time limit), <c>rp-hook-allocate</c> allocates memory until it is stopped. They stand for a reader that dies,
    /// hangs or grows without end, so the supervisor's tests do not depend on a particular reader bug.
    /// </summary>
    public const string TestHooksVariable = "REPORTPARSER_WORKER_TEST_HOOKS";

    private const string WarmUpPage = "<html><head><title>warm-up</title></head><body><h1>二〇二一年政府信息公开工作年度报告</h1><table><tr><td>本年新收政府信息公开申请数量</td><td>1</td></tr></table></body></html>";

    /// <summary>Runs the worker loop on the process's standard streams; returns the exit code.</summary>
    public static int Run()
    {
        using var input = Console.OpenStandardInput();
        using var output = Console.OpenStandardOutput();

        // Standard output carries frames only: anything a library prints goes to standard error instead.
        Console.SetOut(Console.Error);
        return Run(input, output, Environment.GetEnvironmentVariable(TestHooksVariable) == "1");
    }

    internal static int Run(Stream input, Stream output, bool hooks)
    {
        if (WorkerProtocol.Read(input) is not { } settings)
        {
            return 0;
        }

        var checker = new ReportChecker(WorkerSettings.FromJson(settings).ToOptions());
        _ = checker.Check(new MemoryStream(Encoding.UTF8.GetBytes(WarmUpPage), writable: false), SourceFormat.Html, "warm-up.html");
        WorkerProtocol.Write(output, WorkerProtocol.Ready, string.Empty);
        output.Flush();
        while (WorkerProtocol.Read(input) is { } header)
        {
            var request = JsonSerializer.Deserialize<WorkerRequest>(header) ?? throw new InvalidDataException("Empty request.");
            byte[]? content = null;
            if (request.Path is null && (content = WorkerProtocol.Read(input)) is null)
            {
                return 0;
            }

            var (kind, text) = Handle(checker, request, content, hooks);
            WorkerProtocol.Write(output, kind, text);
            output.Flush();
        }

        return 0;
    }

    private static (byte Kind, string Text) Handle(ReportChecker checker, WorkerRequest request, byte[]? content, bool hooks)
    {
        try
        {
            var name = request.Path ?? request.Name ?? "upload";
            if (hooks)
            {
                TestHooks(name);
            }

            var result = request.Path is { } path
                ? checker.Check(path)
                : checker.Check(new MemoryStream(content!, writable: false), request.Format, name);
            return (WorkerProtocol.Result, ReportJson.Serialize(result));
        }
        catch (FileNotFoundException ex)
        {
            return (WorkerProtocol.NotFound, ex.Message);
        }
        catch (OutOfMemoryException)
        {
            return (WorkerProtocol.OutOfMemory, string.Empty);
        }
        catch (Exception ex)
        {
            return (WorkerProtocol.Failed, ex.GetType().Name + ": " + ex.Message);
        }
    }

    private static void TestHooks(string name)
    {
        if (name.Contains("rp-hook-stackoverflow", StringComparison.Ordinal))
        {
            _ = Recurse(0);
        }
        else if (name.Contains("rp-hook-hang", StringComparison.Ordinal))
        {
            Thread.Sleep(Timeout.Infinite);
        }
        else if (name.Contains("rp-hook-allocate", StringComparison.Ordinal))
        {
            var hoard = new List<byte[]>();
            while (true)
            {
                var block = new byte[16 * 1024 * 1024];
                Array.Fill(block, (byte)1); // touch every page, so the memory is resident
                hoard.Add(block);
            }
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
    private static int Recurse(int depth) => Recurse(depth + 1) + 1;
}
