using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReportParser.Diagnostics;
using ReportParser.Serialization;

namespace ReportParser.Cli.Batch;

/// <summary>
/// Results of earlier runs, keyed by the file's path and content hash (SHA-256), the tool version and the options that
/// change results. Stored as the JSON contract under <c>&lt;folder&gt;/&lt;2 hex&gt;/&lt;key&gt;.json</c>; delete the folder
/// to forget everything. Results that depend on the machine rather than the file (time-outs, access failures) are not kept.
/// </summary>
internal sealed class ResultCache
{
    private static readonly HashSet<string> Environmental = [DiagnosticIds.CheckTimedOut, DiagnosticIds.FileAccessFailed, DiagnosticIds.RuleCrashed, DiagnosticIds.ReaderCrashed, DiagnosticIds.WorkerCrashed, DiagnosticIds.MemoryLimitExceeded];

    private readonly string _folder;
    private readonly string _fingerprint;

    public ResultCache(string folder, ReportCheckerOptions options)
    {
        _folder = folder;
        _fingerprint = ToolVersion + "|" + options.BlankCells + "|" + options.MaxFileBytes + "|" + options.MaxTableGridPositions + "|ocr=" + (options.Ocr is not null) + "|"
            + string.Join(",", options.SeverityOverrides.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + (p.Value?.ToString() ?? "off")));
    }

    public static string ToolVersion { get; } =
        typeof(ReportChecker).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";

    /// <summary>The default folder: $XDG_CACHE_HOME/reportparser or ~/.cache/reportparser (LocalApplicationData on Windows).</summary>
    public static string DefaultFolder
    {
        get
        {
            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            var root = !string.IsNullOrEmpty(xdg) ? xdg
                : OperatingSystem.IsWindows() ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            return Path.Combine(root, "reportparser");
        }
    }

    public string Folder => _folder;

    /// <summary>The key of a file's current content, or null when the file cannot be read (the check will say why).</summary>
    public string? KeyOf(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var hash = SHA256.HashData(stream);
            var key = SHA256.HashData(Encoding.UTF8.GetBytes(_fingerprint + "|" + Path.GetFullPath(path) + "|" + Convert.ToHexString(hash)));
            return Convert.ToHexString(key).ToLowerInvariant();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The cached result of <paramref name="key"/>, re-sourced to <paramref name="path"/>: the key is the file's full path,
    /// but a result names the file as it was given on the command line, and a later run may give it differently
    /// (<c>batch2/a.pdf</c>, then <c>./a.pdf</c> from inside <c>batch2</c>); outputs and the cross-year checks need the
    /// path of this run.
    /// </summary>
    public CheckResult? TryGet(string key, string path)
    {
        var file = PathOf(key);
        if (!File.Exists(file))
        {
            return null;
        }

        try
        {
            return ReportJson.Deserialize(Resource(File.ReadAllText(file, Encoding.UTF8), path));
        }
        catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Stores a result; false when it is not kept (it depends on the machine) or could not be written.</summary>
    public bool Put(string key, CheckResult result)
    {
        if (result.Diagnostics.Any(d => Environmental.Contains(d.Id)))
        {
            return false;
        }

        var file = PathOf(key);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var temporary = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temporary, ReportJson.Serialize(result), new UTF8Encoding(false));
            File.Move(temporary, file, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs time on the next run.
            return false;
        }
    }

    /// <summary>Replaces the result's source, and the source of every diagnostic that names it, by <paramref name="path"/>.</summary>
    private static string Resource(string json, string path)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var old = root["source"]?.GetValue<string>();
        if (old is null || string.Equals(old, path, StringComparison.Ordinal))
        {
            return json;
        }

        root["source"] = path;
        if (root["diagnostics"] is JsonArray diagnostics)
        {
            foreach (var location in diagnostics.Select(d => d?["location"]).OfType<JsonObject>())
            {
                if (location["source"]?.GetValue<string>() == old)
                {
                    location["source"] = path;
                }
            }
        }

        return root.ToJsonString();
    }

    private string PathOf(string key) => Path.Combine(_folder, key.Substring(0, 2), key + ".json");
}
