using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;

namespace ReportParser.Cli;

/// <summary>
/// Catches a mistyped option before it is taken for a path: <c>--formt json</c> would otherwise be two paths that do
/// not exist. A path argument that starts with <c>-</c>, is not a file or folder, and is close to one of the command's
/// options is an error that names the option meant.
/// </summary>
internal static class CommandLineHints
{
    public static void RejectMistypedOptions(ArgumentResult result, Command command, bool chinese = false)
    {
        foreach (var token in result.Tokens.Select(t => t.Value))
        {
            if (!token.StartsWith('-') || File.Exists(token) || Directory.Exists(token))
            {
                continue;
            }

            var name = token.Split('=', ':')[0];
            var nearest = NearestOption(name, command);
            result.AddError((nearest, chinese) switch
            {
                (null, true) => $"{name} 不是 reportparser {command.Name} 的选项（见 reportparser {command.Name} --help）",
                (null, false) => $"{name} is not an option of reportparser {command.Name} (see reportparser {command.Name} --help)",
                (_, true) => $"{name} 不是 reportparser {command.Name} 的选项；是否要用 {nearest}？",
                (_, false) => $"{name} is not an option of reportparser {command.Name}; did you mean {nearest}?",
            });
        }
    }

    /// <summary>The option name (or alias) within two edits of <paramref name="typed"/>, or null.</summary>
    public static string? NearestOption(string typed, Command command)
    {
        var best = command.Options
            .SelectMany(o => new[] { o.Name }.Concat(o.Aliases))
            .Where(n => n.StartsWith("--", StringComparison.Ordinal))
            .Select(n => (Name: n, Distance: Distance(typed, n)))
            .OrderBy(p => p.Distance)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(1, Math.Min(2, best.Name.Length / 4)) ? best.Name : null;
    }

    /// <summary>Optimal string alignment distance (insertions, deletions, substitutions, adjacent transpositions).</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
