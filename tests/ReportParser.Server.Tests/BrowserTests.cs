using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using PuppeteerSharp;
using ReportParser.Fixtures;

namespace ReportParser.Server.Tests;

/// <summary>
/// Drives the real upload page on loopback in headless Chromium (Debian's /usr/bin/chromium; skipped when absent):
/// upload a report, wait until the highlighted cells are visible, click a finding and see its cells outlined.
/// </summary>
[Collection(LoopbackTests.Name)]
public sealed class BrowserTests
{
    private static string? Chromium =>
        new[] { Environment.GetEnvironmentVariable("REPORTPARSER_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    [SkippableFact]
    public async Task Uploading_a_report_shows_its_tables_with_the_finding_cells_highlighted()
    {
        Skip.If(Chromium is null, "Chromium is not installed (apt-get install chromium)");
        await using var service = await TestService.LoopbackAsync();
        var report = Path.Combine(Path.GetTempPath(), "rp-browser-" + Guid.NewGuid().ToString("N") + ".html");
        await File.WriteAllTextAsync(report, HtmlReportWriter.Write(SampleReports.Balanced2021().WithCell("T3.R1", "T3.C.natural_person", "14").WithCell("T3.R1", "T3.C.total", "17")));
        try
        {
            await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            await using var page = await browser.NewPageAsync();
            var console = new System.Collections.Concurrent.ConcurrentQueue<string>();
            page.Console += (_, e) => console.Enqueue("console: " + e.Message.Text);
            page.PageError += (_, e) => console.Enqueue("error: " + e.Message);
            page.RequestFailed += (_, e) => console.Enqueue("failed: " + e.Request.Url);
            page.Response += (_, e) => console.Enqueue("response: " + e.Response.Status + " " + e.Response.Url);
            try
            {
            await page.GoToAsync(service.Address.ToString());

            var input = await page.QuerySelectorAsync("#file");
            await input.UploadFileAsync(report);
            await page.ClickAsync("#submit");
            // The view renders into its shadow root (pierce/ selectors look inside it).
            await page.WaitForSelectorAsync("pierce/td.hl", new WaitForSelectorOptions { Visible = true, Timeout = 90_000 });
            const string View = "document.querySelector('reportparser-view').shadowRoot";

            var highlighted = await page.EvaluateExpressionAsync<string[]>($"Array.from({View}.querySelectorAll('td.hl')).map(td => td.dataset.key)");
            highlighted.Should().BeEquivalentTo(
                "T3.R1|T3.C.natural_person", "T3.R2|T3.C.natural_person", "T3.R3.7|T3.C.natural_person", "T3.R4|T3.C.natural_person",
                "T3.R1|T3.C.total", "T3.R2|T3.C.total", "T3.R3.7|T3.C.total", "T3.R4|T3.C.total");
            (await page.EvaluateExpressionAsync<string>($"{View}.querySelector('li.finding').textContent")).Should().Contain("新收 14");

            // CSS does not cross the shadow boundary: not the page's into the view, not the view's into the page.
            (await page.EvaluateExpressionAsync<int>("document.querySelectorAll('reportparser-view td, td.hl').length")).Should().Be(0);
            await page.AddStyleTagAsync(new AddTagOptions { Content = "td { font-size: 40px !important; } .report { display: none !important; }" });
            (await page.EvaluateExpressionAsync<string>($"getComputedStyle({View}.querySelector('td.hl')).fontSize")).Should().NotBe("40px");
            (await page.EvaluateExpressionAsync<string>($"getComputedStyle({View}.querySelector('.report')).display")).Should().Be("grid");
            (await page.EvaluateExpressionAsync<bool>("Array.from(document.styleSheets).some(s => s.ownerNode && s.ownerNode.matches('link[data-reportparser-view]'))")).Should().BeFalse("the view adds no stylesheet to the page");

            await page.EvaluateExpressionAsync($"{View}.querySelector('li.finding').click()");
            var focused = await page.EvaluateExpressionAsync<string[]>($"Array.from({View}.querySelectorAll('td.focus')).map(td => td.dataset.key)");
            focused.Should().BeEquivalentTo("T3.R1|T3.C.natural_person", "T3.R2|T3.C.natural_person", "T3.R3.7|T3.C.natural_person", "T3.R4|T3.C.natural_person");

            // The finding click starts a smooth scroll; a coordinate click could land beside the moving button, so press it in the DOM.
            await page.EvaluateExpressionAsync("document.querySelector(\"#lang button[data-lang='en']\").click()");
            await page.WaitForFunctionAsync("() => (document.querySelector('reportparser-view').shadowRoot.querySelector('li.finding') || {}).textContent?.includes('received 14')", new WaitForFunctionOptions { Timeout = 90_000 });
            }
            catch (WaitTaskTimeoutException)
            {
                throw new Xunit.Sdk.XunitException("page log:\n" + string.Join("\n", console) + "\nstatus: " + await page.EvaluateExpressionAsync<string>("document.getElementById('status').textContent"));
            }
        }
        finally
        {
            File.Delete(report);
        }
    }
}
