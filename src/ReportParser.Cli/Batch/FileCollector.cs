using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Extensions.FileSystemGlobbing;

namespace ReportParser.Cli.Batch;

/// <summary>
/// Expands the command line's files and folders into the files to check, in a stable order (paths as given, folder
/// contents sorted by ordinal path). Folders are walked recursively; <c>--include</c>/<c>--exclude</c> globs (relative to
/// each folder, e.g. <c>**/*.pdf</c>) choose them (default <see cref="DefaultInclude"/>). Hidden files and folders are skipped. Files named explicitly are
/// always taken. Every file found is checked: one the readers do not support gets an "unsupported format" result.
/// Symbolic links are followed, but each folder and file once by its real path (<see cref="FolderWalk"/>): a link loop
/// neither repeats files nor keeps the walk going.
/// </summary>
internal static class FileCollector
{
    /// <summary>
    /// What a folder walk takes by default: the formats we read, and the document and image formats reports are also
    /// published in (those get an "unsupported format" finding, so they are not silently skipped). <c>--include **/*</c>
    /// takes every file.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultInclude =
    [
        "**/*.html", "**/*.htm", "**/*.shtml", "**/*.xhtml", "**/*.mht", "**/*.mhtml",
        "**/*.docx", "**/*.docm", "**/*.dotx", "**/*.doc", "**/*.dot", "**/*.wps", "**/*.wpt", "**/*.rtf", "**/*.odt",
        "**/*.pdf", "**/*.ofd", "**/*.txt", "**/*.md",
        "**/*.xls", "**/*.xlsx", "**/*.et",
        "**/*.jpg", "**/*.jpeg", "**/*.png", "**/*.tif", "**/*.tiff", "**/*.bmp", "**/*.gif",
        "**/*.zip", "**/*.rar", "**/*.7z",
    ];

    /// <summary>Owner files Word and WPS keep while a document is open (<c>~$报告.docx</c>): a few bytes, never a report.</summary>
    public const string LockFilePattern = "**/~$*";

    public sealed record Collected(IReadOnlyList<BatchFile> Files, IReadOnlyList<string> Missing);

    /// <summary>
    /// Collects the files under <paramref name="paths"/>. Folder walks leave out <paramref name="skipFolder"/> (the cache),
    /// <paramref name="skipFile"/> (this run's own output, which a second run would otherwise read as a report) and the
    /// lock files Word and WPS leave next to open documents (<c>~$报告.docx</c>), which are not reports.
    /// </summary>
    public static Collected Collect(IEnumerable<string> paths, IReadOnlyList<string> include, IReadOnlyList<string> exclude, string? skipFolder = null, string? skipFile = null)
    {
        var files = new List<string>();
        var missing = new List<string>();
        var skip = skipFolder is null ? null : Path.GetFullPath(skipFolder);
        var output = skipFile is null ? null : Path.GetFullPath(skipFile);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
                matcher.AddIncludePatterns(include.Count > 0 ? include : DefaultInclude);
                matcher.AddExcludePatterns(exclude);
                matcher.AddExclude("**/.*");
                matcher.AddExclude("**/.*/**");
                matcher.AddExclude(LockFilePattern);
                files.AddRange(FolderWalk.Files(path, matcher)
                    .Where(f => skip is null || !Path.GetFullPath(f).StartsWith(skip + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    .Where(f => output is null || !string.Equals(Path.GetFullPath(f), output, StringComparison.Ordinal))
                    .Select(f => Relative(path, f))
                    .OrderBy(f => f, StringComparer.Ordinal));
            }
            else
            {
                missing.Add(path);
            }
        }

        // The same file reached twice (named and inside a folder, through a symlink, a hard-linked folder) is checked once.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var distinct = files.Where(f => seen.Add(FolderWalk.RealPath(f))).Select((f, i) => new BatchFile(i, f)).ToList();
        return new Collected(distinct, missing);
    }

    /// <summary>Keeps paths relative to how the folder was given (<c>reports/a/b.pdf</c>), so outputs do not leak absolute paths.</summary>
    private static string Relative(string folder, string fullPath)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(folder), fullPath);
        return Path.Combine(folder, relative);
    }
}
