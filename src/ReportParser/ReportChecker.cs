using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Mapping;
using ReportParser.Readers;
using ReportParser.Recognition;
using ReportParser.Rules;

namespace ReportParser;

/// <summary>
/// Reads a 政府信息公开工作年度报告 (HTML, DOCX or PDF) and checks its standard tables and structure.
/// Immutable and thread-safe: create one instance and reuse it, also from several threads.
/// </summary>
/// <remarks>
/// Problems in a document never throw: they are diagnostics (see docs/diagnostics.md). Exceptions are only for the
/// caller's mistakes, such as a null argument or a path that does not exist.
/// </remarks>
public sealed class ReportChecker
{
    private readonly ImmutableArray<ReportRule> _rules;

    /// <summary>Creates a checker with <see cref="ReportCheckerOptions.Default"/>.</summary>
    public ReportChecker()
        : this(ReportCheckerOptions.Default)
    {
    }

    /// <summary>Creates a checker with the given options.</summary>
    /// <param name="options">The options.</param>
    public ReportChecker(ReportCheckerOptions options)
    {
        Guard.NotNull(options, nameof(options));
        Options = options;
        _rules = RuleRunner.DefaultRules;
    }

    /// <summary>A shared checker with the default options.</summary>
    public static ReportChecker Default { get; } = new();

    /// <summary>The options this checker applies.</summary>
    public ReportCheckerOptions Options { get; }

    /// <summary>Stage 1 only: reads a file into the format-neutral document, with any reading diagnostics attached.</summary>
    /// <param name="path">Path of a .html/.htm, .docx or .pdf file (the content decides the reader, not the extension).</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <remarks>A file that exists but cannot be read (permissions, locked) gives RP0121, not an exception.</remarks>
    public SourceDocument Read(string path)
    {
        Guard.NotNull(path, nameof(path));
        return Limited(path, token => ReadFile(path, token), document => document);
    }

    /// <summary>Stage 1 only: reads a stream into the format-neutral document.</summary>
    /// <param name="content">The file content; read to the end, not disposed.</param>
    /// <param name="format">The format the caller expects (<see cref="SourceFormat.Unknown"/> to detect it from the content and the name's extension).</param>
    /// <param name="sourceName">The name to use in locations (e.g. the upload's file name).</param>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> or <paramref name="sourceName"/> is null.</exception>
    public SourceDocument Read(Stream content, SourceFormat format, string sourceName)
    {
        Guard.NotNull(content, nameof(content));
        Guard.NotNull(sourceName, nameof(sourceName));
        return Limited(sourceName, token => ReadStream(content, format, sourceName, token), document => document);
    }

    /// <summary>Reads and checks a file.</summary>
    /// <param name="path">Path of a .html/.htm, .docx or .pdf file.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <remarks>A file that exists but cannot be read (permissions, locked) gives RP0121, not an exception.</remarks>
    public CheckResult Check(string path)
    {
        Guard.NotNull(path, nameof(path));
        return Limited(path, token => CheckCore(ReadFile(path, token), token), document => CheckCore(document, CancellationToken.None));
    }

    /// <summary>Reads and checks a stream.</summary>
    /// <param name="content">The file content; read to the end, not disposed.</param>
    /// <param name="format">The expected format, or <see cref="SourceFormat.Unknown"/> to detect it.</param>
    /// <param name="sourceName">The name to use in locations.</param>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> or <paramref name="sourceName"/> is null.</exception>
    public CheckResult Check(Stream content, SourceFormat format, string sourceName)
    {
        Guard.NotNull(content, nameof(content));
        Guard.NotNull(sourceName, nameof(sourceName));
        return Limited(sourceName, token => CheckCore(ReadStream(content, format, sourceName, token), token), document => CheckCore(document, CancellationToken.None));
    }

    /// <summary>Stages 2–4 on a document that has already been read (tests, benchmarks, custom readers).</summary>
    /// <param name="document">The document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public CheckResult Check(SourceDocument document)
    {
        Guard.NotNull(document, nameof(document));
        return Limited(document.Source, token => CheckCore(document, token), timedOut => CheckCore(timedOut, CancellationToken.None));
    }

    /// <summary>
    /// Reads and checks a stream, reading it asynchronously: for ASP.NET Core request bodies, where synchronous reads are
    /// disallowed. The parse and the checks run after the read, on the continuation's thread.
    /// </summary>
    /// <param name="content">The file content; read to the end, not disposed.</param>
    /// <param name="format">The expected format, or <see cref="SourceFormat.Unknown"/> to detect it.</param>
    /// <param name="sourceName">The name to use in locations.</param>
    /// <param name="cancellationToken">Stops the read and the check (e.g. <c>HttpContext.RequestAborted</c>; <see cref="CancellationToken.None"/> for none).</param>
    /// <returns>The result; a document that cannot be read is a result with diagnostics, not an exception.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<CheckResult> CheckAsync(Stream content, SourceFormat format, string sourceName, CancellationToken cancellationToken)
    {
        Guard.NotNull(content, nameof(content));
        Guard.NotNull(sourceName, nameof(sourceName));
        var (bytes, total) = await BoundedReadAsync(content, Options.MaxFileBytes, cancellationToken).ConfigureAwait(false);
        var declared = format == SourceFormat.Unknown ? FormatDetector.FromExtension(sourceName) : format;
        return Limited(
            sourceName,
            token => CheckCore(bytes is null ? TooLarge(sourceName, total) : DocumentReaders.Read(bytes, declared, sourceName, Options, token), token),
            document => CheckCore(document, CancellationToken.None),
            cancellationToken);
    }

    /// <summary>Reads a file asynchronously and checks it.</summary>
    /// <param name="path">Path of a report file (the content decides the reader, not the extension).</param>
    /// <param name="cancellationToken">Stops the read and the check.</param>
    /// <returns>The result; a file that exists but cannot be read (permissions, locked) gives RP0121, not an exception.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<CheckResult> CheckAsync(string path, CancellationToken cancellationToken)
    {
        Guard.NotNull(path, nameof(path));
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The report file does not exist.", path);
        }

        byte[]? bytes;
        long total;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
            (bytes, total) = stream.Length > Options.MaxFileBytes ? (null, stream.Length) : await BoundedReadAsync(stream, Options.MaxFileBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is (IOException or UnauthorizedAccessException) and not FileNotFoundException)
        {
            var context = new ReadContext(path, Options);
            context.Diagnostics.Add(Descriptors.FileAccessFailed, context.FileLocation, ex.Message);
            var unreadable = context.Unreadable(FormatDetector.FromExtension(path));
            return Limited(path, token => CheckCore(unreadable, token), document => CheckCore(document, CancellationToken.None), cancellationToken);
        }

        return Limited(
            path,
            token => CheckCore(bytes is null ? TooLarge(path, total) : DocumentReaders.Read(bytes, FormatDetector.FromExtension(path), path, Options, token), token),
            document => CheckCore(document, CancellationToken.None),
            cancellationToken);
    }

    private CheckResult CheckCore(SourceDocument document, CancellationToken token)
    {
        var bag = new DiagnosticBag(Options.SeverityOverrides);
        foreach (var diagnostic in document.Diagnostics)
        {
            bag.AddExisting(diagnostic);
        }

        RecognizedReport recognized;
        if (document.IsUnreadable)
        {
            recognized = new RecognizedReport { Document = document, Kind = DocumentKind.NotAReport };
        }
        else
        {
            token.ThrowIfCancellationRequested();
            recognized = ReportRecognizer.Recognize(document, Options.Templates);
            foreach (var diagnostic in recognized.Diagnostics)
            {
                bag.AddExisting(diagnostic);
            }
        }

        token.ThrowIfCancellationRequested();
        var report = ReportMapper.Map(recognized, Options, bag);
        token.ThrowIfCancellationRequested();
        RuleRunner.Run(report, _rules, bag, Options);
        return new CheckResult(report, bag.ToSortedArray());
    }

    /// <summary>
    /// Runs <paramref name="work"/> under <see cref="ReportCheckerOptions.TimeLimit"/>; past it, the source is unreadable
    /// with RP0120. Cancelling <paramref name="cancellationToken"/> (the caller's) throws <see cref="OperationCanceledException"/>.
    /// </summary>
    private T Limited<T>(string source, Func<CancellationToken, T> work, Func<SourceDocument, T> onTimeout, CancellationToken cancellationToken = default)
    {
        if (Options.TimeLimit is not { } limit)
        {
            return work(cancellationToken);
        }

        using var timer = new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timer.Token, cancellationToken);
        if (limit <= TimeSpan.Zero)
        {
            timer.Cancel();
        }
        else
        {
            timer.CancelAfter(limit);
        }

        try
        {
            return work(linked.Token);
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var context = new ReadContext(source, Options);
            context.Diagnostics.Add(Descriptors.CheckTimedOut, context.FileLocation, Math.Round((decimal)limit.TotalSeconds, 1));
            return onTimeout(context.Unreadable(FormatDetector.FromExtension(source)));
        }
    }

    private SourceDocument ReadFile(string path, CancellationToken token)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new FileNotFoundException("The report file does not exist.", path);
            }

            if (info.Length > Options.MaxFileBytes)
            {
                return TooLarge(path, info.Length);
            }

            // An HTML or text file over its own limit is refused from its first bytes, without reading 200 MB first.
            if (info.Length > Options.MaxTextBytes && DocumentReaders.RefuseLargeText(ReadHead(path), info.Length, FormatDetector.FromExtension(path), path, Options) is { } refused)
            {
                return refused;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is (IOException or UnauthorizedAccessException) and not FileNotFoundException)
        {
            var context = new ReadContext(path, Options);
            context.Diagnostics.Add(Descriptors.FileAccessFailed, context.FileLocation, ex.Message);
            return context.Unreadable(FormatDetector.FromExtension(path));
        }

        return DocumentReaders.Read(bytes, FormatDetector.FromExtension(path), path, Options, token);
    }

    private static byte[] ReadHead(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 8192);
        var head = new byte[8192];
        var filled = 0;
        int read;
        while (filled < head.Length && (read = stream.Read(head, filled, head.Length - filled)) > 0)
        {
            filled += read;
        }

        return filled == head.Length ? head : head.AsSpan(0, filled).ToArray();
    }

    private SourceDocument ReadStream(Stream content, SourceFormat format, string sourceName, CancellationToken token)
    {
        var bytes = BoundedRead(content, Options.MaxFileBytes, out var total);
        if (bytes is null)
        {
            return TooLarge(sourceName, total);
        }

        var declared = format == SourceFormat.Unknown ? FormatDetector.FromExtension(sourceName) : format;
        return DocumentReaders.Read(bytes, declared, sourceName, Options, token);
    }

    private SourceDocument TooLarge(string source, long length)
    {
        var context = new ReadContext(source, Options);
        context.Diagnostics.Add(Descriptors.ResourceLimitExceeded, context.FileLocation, "file size " + length + " bytes", Options.MaxFileBytes + " bytes");
        return context.Unreadable(SourceFormat.Unknown);
    }

    private static async Task<(byte[]? Bytes, long Total)> BoundedReadAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        long total = 0;
        int read;
#if NETSTANDARD2_0
        while ((read = await content.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false)) > 0)
#else
        while ((read = await content.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
#endif
        {
            total += read;
            if (total <= limit)
            {
                buffer.Write(chunk, 0, read);
            }
        }

        // Past the limit the rest is counted without being kept, so the diagnostic can say how large the input was.
        return (total > limit ? null : buffer.ToArray(), total);
    }

    private static byte[]? BoundedRead(Stream content, long limit, out long total)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        total = 0;
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            total += read;
            if (total > limit)
            {
                // Count the rest without keeping it, so the diagnostic can say how large the input was.
                while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
                {
                    total += read;
                }

                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
