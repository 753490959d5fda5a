using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace ReportParser.Cli.Batch;

/// <summary>
/// The folder a <c>--no-cache</c> run keeps its waiting results in: <c>$TMPDIR/reportparser-run-PID-GUID</c>. A run
/// deletes its own when it ends or is cancelled; one that is killed cannot, so every run first removes the folders of
/// runs whose process is gone (issue #11: the run folder was left behind after a crash).
/// </summary>
internal static class RunFolders
{
    public const string Prefix = "reportparser-run-";

    /// <summary>A new folder name for this process (not created).</summary>
    public static string New(string tempPath) =>
        Path.Combine(tempPath, Prefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N"));

    /// <summary>Deletes the run folders in <paramref name="tempPath"/> whose process no longer runs; returns how many.</summary>
    public static int RemoveStale(string tempPath)
    {
        var removed = 0;
        try
        {
            foreach (var folder in Directory.EnumerateDirectories(tempPath, Prefix + "*"))
            {
                if (IsStale(folder))
                {
                    try
                    {
                        Directory.Delete(folder, recursive: true);
                        removed++;
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                    {
                        // Another user's folder, or one being deleted right now: not ours to insist on.
                    }
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }

        return removed;
    }

    /// <summary>
    /// Stale: its process id is not running, or is running but started after the folder was last written (the id was
    /// reused). A folder named without a process id (older versions) is stale after a day.
    /// </summary>
    private static bool IsStale(string folder)
    {
        var name = Path.GetFileName(folder).Substring(Prefix.Length);
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        var written = Directory.GetLastWriteTimeUtc(folder);
        if (dash <= 0 || !int.TryParse(name.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return DateTime.UtcNow - written > TimeSpan.FromDays(1);
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited || process.StartTime.ToUniversalTime() > written;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return true;
        }
    }
}
