using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ReportParser.Benchmarks;

/// <summary>The files benchmarks run on: our fixtures, plus the real corpus beside the checkout when present.</summary>
internal static class BenchmarkFiles
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ReportParser.sln")))
                {
                    return dir.FullName;
                }
            }

            return Directory.GetCurrentDirectory();
        }
    }

    /// <summary>Relative names such as <c>fixtures/samples/balanced_2021.html</c> or <c>corpus/html/…</c>.</summary>
    public static IEnumerable<string> Html()
    {
        yield return "fixtures/samples/balanced_2021.html";
        var corpus = Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "raw", "html"));
        if (Directory.Exists(corpus))
        {
            foreach (var file in Directory.GetFiles(corpus, "*.html").OrderBy(f => f, StringComparer.Ordinal))
            {
                yield return "corpus/html/" + Path.GetFileName(file);
            }
        }
    }

    /// <summary>The blank 2021 template of the corpus (when present) and the generated DOCX fixtures (when present).</summary>
    public static IEnumerable<string> Docx()
    {
        var template = Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "raw", "docx", "template_guoban_2021_30_blank.docx"));
        if (File.Exists(template))
        {
            yield return "corpus/docx/" + Path.GetFileName(template);
        }

        var fixtures = Path.Combine(Root, "fixtures", "docx");
        if (Directory.Exists(fixtures))
        {
            foreach (var file in Directory.GetFiles(fixtures, "*.docx").OrderBy(f => f, StringComparer.Ordinal).Take(1))
            {
                yield return "fixtures/docx/" + Path.GetFileName(file);
            }
        }
    }

    /// <summary>The corpus PDFs (<c>corpus/pdf/…</c>), when the corpus is beside the checkout.</summary>
    public static IEnumerable<string> Pdf()
    {
        var corpus = Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "raw", "pdf"));
        if (Directory.Exists(corpus))
        {
            foreach (var file in Directory.GetFiles(corpus, "*.pdf").OrderBy(f => f, StringComparer.Ordinal))
            {
                yield return "corpus/pdf/" + Path.GetFileName(file);
            }
        }
    }

    public static string PathOf(string name) => name.StartsWith("corpus/", StringComparison.Ordinal)
        ? Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "raw", name.Substring("corpus/".Length)))
        : Path.Combine(Root, name);
}
