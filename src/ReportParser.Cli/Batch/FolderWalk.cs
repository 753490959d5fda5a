using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Extensions.FileSystemGlobbing;

namespace ReportParser.Cli.Batch;

/// <summary>
/// Walks a folder tree without recursion, following symbolic links to folders but entering each real folder once (a
/// visited set of real paths is the loop guard), and never deeper than <see cref="MaxDepth"/>. The globbing library's
/// own walk follows links without a guard: a loop repeated one file 41 times, two loops never finished.
/// </summary>
internal static class FolderWalk
{
    /// <summary>Folders nested deeper than this are not entered (a guard against pathological trees, not a real limit).</summary>
    public const int MaxDepth = 128;

    /// <summary>The full paths under <paramref name="root"/> that <paramref name="matcher"/> takes.</summary>
    public static IEnumerable<string> Files(string root, Matcher matcher)
    {
        var rootFull = Path.GetFullPath(root);
        var found = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Path, string Real, int Depth)>();
        pending.Push((rootFull, RealPath(rootFull), 0));
        while (pending.Count > 0)
        {
            var (folder, real, depth) = pending.Pop();
            if (!visited.Add(real))
            {
                continue;
            }

            foreach (var entry in Entries(folder))
            {
                if (entry is DirectoryInfo directory && depth < MaxDepth)
                {
                    var childReal = directory.LinkTarget is null ? Path.Combine(real, directory.Name) : RealPath(directory.FullName);
                    pending.Push((directory.FullName, childReal, depth + 1));
                }
                else if (entry is FileInfo)
                {
                    found.Add(entry.FullName);
                }
            }
        }

        return matcher.Match(rootFull, found).Files.Select(f => Path.GetFullPath(Path.Combine(rootFull, f.Path)));
    }

    /// <summary>The path with every symbolic link in it resolved (the path itself when it cannot be resolved).</summary>
    public static string RealPath(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            var parent = Path.GetDirectoryName(full);
            var resolvedParent = parent is null ? null : RealPath(parent);
            var here = resolvedParent is null ? full : Path.Combine(resolvedParent, Path.GetFileName(full));
            var info = Directory.Exists(here) ? (FileSystemInfo)new DirectoryInfo(here) : new FileInfo(here);
            return info.LinkTarget is null ? here : Path.GetFullPath(info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? here);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return path;
        }
    }

    private static List<FileSystemInfo> Entries(string folder)
    {
        try
        {
            return new DirectoryInfo(folder).EnumerateFileSystemInfos().ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be listed contributes nothing; its files are not silently half-read.
            return [];
        }
    }
}
