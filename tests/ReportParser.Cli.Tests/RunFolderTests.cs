using System;
using System.IO;
using System.Linq;
using ReportParser.Cli.Batch;

namespace ReportParser.Cli.Tests;

/// <summary>Issue #11: the --no-cache run folder was left in $TMPDIR after a crash; the next run removes it.</summary>
public sealed class RunFolderTests
{
    [Fact]
    public void A_run_removes_the_folders_of_runs_whose_process_is_gone_and_keeps_the_others()
    {
        using var temp = new TempFolder();
        var dead = Directory.CreateDirectory(Path.Combine(temp.Path, RunFolders.Prefix + "2147483646-0123456789abcdef")).FullName;
        var alive = Directory.CreateDirectory(RunFolders.New(temp.Path)).FullName;
        var oldUnnamed = Directory.CreateDirectory(Path.Combine(temp.Path, RunFolders.Prefix + "0123456789abcdef0123456789abcdef")).FullName;
        Directory.SetLastWriteTimeUtc(oldUnnamed, DateTime.UtcNow.AddDays(-2));
        var recentUnnamed = Directory.CreateDirectory(Path.Combine(temp.Path, RunFolders.Prefix + "fedcba9876543210fedcba9876543210")).FullName;
        var other = Directory.CreateDirectory(Path.Combine(temp.Path, "someone-else")).FullName;

        var removed = RunFolders.RemoveStale(temp.Path);

        removed.Should().Be(2);
        Directory.GetDirectories(temp.Path).Should().BeEquivalentTo([alive, recentUnnamed, other]);
        Path.GetFileName(alive).Should().StartWith(RunFolders.Prefix + Environment.ProcessId + "-");
        dead.Should().NotBeNull();
    }
}
