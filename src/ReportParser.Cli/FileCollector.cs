using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ReportParser.Cli;

/// <summary>Expands the command line's files and folders into the list of files to check, in a stable order.</summary>
internal static class FileCollector
{
    /// <summary>Extensions picked up when walking a folder (the content still decides the reader).</summary>
    public static readonly IReadOnlySet<string> ReportExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".html", ".htm", ".shtml", ".xhtml", ".docx", ".docm", ".dotx", ".pdf", ".doc", ".wps",
    };

    public sealed record Collected(IReadOnlyList<string> Files, IReadOnlyList<string> Missing);

    public static Collected Collect(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => ReportExtensions.Contains(Path.GetExtension(f)))
                    .OrderBy(f => f, StringComparer.Ordinal));
            }
            else
            {
                missing.Add(path);
            }
        }

        return new Collected(files.Distinct(StringComparer.Ordinal).ToList(), missing);
    }
}
