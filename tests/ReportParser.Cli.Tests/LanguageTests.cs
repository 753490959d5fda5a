using System.Linq;
using System.Text.RegularExpressions;

namespace ReportParser.Cli.Tests;

/// <summary>
/// The language of a run follows <c>--lang</c>, else the system's language (issue 17): help, option descriptions,
/// System.CommandLine's own headings and the did-you-mean hint are Chinese for an officer on a Chinese (or bare, C-locale)
/// system and English on an English one.
/// </summary>
public sealed class LanguageTests
{
    /// <summary>Option names, their documented values and examples, ids and globs are not English prose.</summary>
    private static readonly string[] NotProse =
    [
        "reportparser", "check", "diagnostics", "paths", "text", "json", "jsonl", "csv", "xlsx", "html", "sarif", "markdown", "error", "warning",
        "info", "none", "zh", "en", "auto", "bar", "plain", "process", "cache", "MiB", "pdf", "drafts", "docs", "md", "Ctrl",
    ];

    /// <summary>ASCII words in the help once option names (--x, -x), ids, paths and the documented values are taken out.</summary>
    private static string[] EnglishWords(string help)
    {
        var cleaned = Regex.Replace(help, @"--?[a-z][a-z-]*|RP\d{4}|~/\S*|\*\*/\S*|<[a-z-]+>", " ");
        return Regex.Matches(cleaned, "[A-Za-z]{2,}").Select(m => m.Value).Where(w => !NotProse.Contains(w)).Distinct().ToArray();
    }

    [Theory]
    [InlineData("zh_CN.UTF-8")]
    [InlineData("C")]
    public void Help_on_a_Chinese_or_bare_system_is_Chinese(string locale)
    {
        var (exit, output, _) = ProgramTests.ExecIn(locale, "check", "--help");

        exit.Should().Be(0);
        output.Should().Contain("输出格式：text、json、jsonl、csv、xlsx、html 或 sarif")
            .And.Contain("每个文件的时间上限（秒）")
            .And.Contain("reportparser check <paths>");
        EnglishWords(output).Should().BeEmpty();
    }

    [Fact]
    public void Help_on_an_English_system_is_English()
    {
        var (exit, output, _) = ProgramTests.ExecIn("en_US.UTF-8", "check", "--help");

        exit.Should().Be(0);
        output.Should().Contain("Output format: text, json, jsonl, csv, xlsx, html or sarif").And.NotContain("输出格式");
    }

    [Fact]
    public void Lang_overrides_the_system_language()
    {
        ProgramTests.ExecIn("zh_CN.UTF-8", "check", "--help", "--lang", "en").Out.Should().Contain("Per-file time limit in seconds").And.NotContain("时间上限");
        ProgramTests.ExecIn("en_US.UTF-8", "check", "--help", "--lang=zh").Out.Should().Contain("每个文件的时间上限（秒）");
    }

    [Fact]
    public void A_mistyped_option_is_named_in_Chinese_on_a_Chinese_system()
    {
        var (exit, _, error) = ProgramTests.ExecIn("zh_CN.UTF-8", "check", "--formt", "json", "x.html");

        exit.Should().Be(ExitCodes.UsageError);
        error.Should().Contain("--formt 不是 reportparser check 的选项；是否要用 --format？");
    }

    [Fact]
    public void The_output_language_follows_the_system_when_lang_is_not_given()
    {
        var samples = System.IO.Path.Combine(DocsTests.Root(), "fixtures", "samples");

        ProgramTests.ExecIn("zh_CN.UTF-8", "check", samples, "--isolation", "none", "--no-cache", "--progress", "none").Out.Should().Contain("共 5 个文件");
        ProgramTests.ExecIn("en_US.UTF-8", "check", samples, "--isolation", "none", "--no-cache", "--progress", "none").Out.Should().Contain("5 files, 5 checked");
    }
}
