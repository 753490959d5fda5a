using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ReportParser.Fixtures;

namespace ReportParser.Cli.Tests;

/// <summary>The SARIF output is valid against the OASIS SARIF 2.1.0 JSON schema (issue 17: 76 × SARIF1002 before).</summary>
public sealed class SarifSchemaTests
{
    [Fact]
    public async System.Threading.Tasks.Task Sarif_output_is_valid_against_the_sarif_2_1_0_schema_with_absolute_help_links_and_escaped_paths()
    {
        using var folder = new TempFolder();
        folder.Write("batch2/结果 2023.html", SampleReports.Balanced2021().WithCell("T3.R1", "T3.C.natural_person", "14").WithCell("T3.R1", "T3.C.total", "17"));
        folder.WriteText("batch2/空.html", string.Empty);
        var output = Path.Combine(folder.Path, "out.sarif");
        var (exit, _, error) = Cli.Run(new CheckCommandInput { Paths = [Path.Combine(folder.Path, "batch2")], Format = OutputFormat.Sarif, Output = output });
        exit.Should().Be(ExitCodes.Findings, error);
        var text = File.ReadAllText(output);

        var schema = await NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json"));
        var errors = schema.Validate(text);

        errors.Select(e => e.ToString()).Should().BeEmpty();
        // The validator does check formats: the relative help links written before fail it.
        schema.Validate(text.Replace("\"https://github.com/reportparser/reportparser/blob/main/docs/diagnostics.md#rp0101\"", "\"docs/diagnostics.md#rp0101\"", StringComparison.Ordinal))
            .Should().ContainSingle().Which.ToString().Should().Contain("UriExpected: #/runs[0].tool.driver.rules[0].helpUri");
        using var json = JsonDocument.Parse(text);
        var run = json.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        rules.Should().OnlyContain(r => Uri.IsWellFormedUriString(r.GetProperty("helpUri").GetString(), UriKind.Absolute));
        rules.Single(r => r.GetProperty("id").GetString() == "RP0101").GetProperty("helpUri").GetString()
            .Should().Be("https://github.com/reportparser/reportparser/blob/main/docs/diagnostics.md#rp0101");
        var uris = run.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!)
            .Distinct().ToList();
        uris.Should().HaveCount(2).And.OnlyContain(u => System.Text.RegularExpressions.Regex.IsMatch(u, "^file:///([A-Za-z0-9._~!$&'()*+,;=:@/-]|%[0-9A-F]{2})+$"), "RFC 3986: only unreserved and escaped characters");
        var full = Path.GetFullPath(folder.Path).Replace('\\', '/').TrimStart('/');
        uris.Select(Uri.UnescapeDataString).Should().BeEquivalentTo("file:///" + full + "/batch2/结果 2023.html", "file:///" + full + "/batch2/空.html");
    }

    [Theory]
    [InlineData("batch2/结果.html", "batch2/%E7%BB%93%E6%9E%9C.html")]
    [InlineData("reports\\a b.pdf", "reports/a%20b.pdf")]
    [InlineData("C:\\报告\\x#1.pdf", "file:///C:/%E6%8A%A5%E5%91%8A/x%231.pdf")]
    [InlineData("/srv/报告.pdf", "file:///srv/%E6%8A%A5%E5%91%8A.pdf")]
    public void Artifact_uris_are_percent_encoded_uri_references(string path, string uri)
    {
        Output.SarifResultWriter.ArtifactUri(path).Should().Be(uri);
    }
}
