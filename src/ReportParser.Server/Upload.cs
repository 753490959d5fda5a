using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace ReportParser.Server;

/// <summary>A bad upload, answered with a problem body.</summary>
internal sealed class UploadException : Exception
{
    public UploadException(int statusCode, string title, string message)
        : base(message)
    {
        StatusCode = statusCode;
        Title = title;
    }

    public UploadException()
    {
    }

    public UploadException(string message)
        : base(message)
    {
    }

    public UploadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int StatusCode { get; } = StatusCodes.Status400BadRequest;

    public string Title { get; } = "Bad upload / 上传无效";
}

/// <summary>
/// One uploaded report, read into memory with a hard bound: a multipart/form-data part with a file name (field
/// <c>file</c> preferred), or the raw request body. Nothing is written to disk; the caller's file name is reduced to a
/// bare, cleaned name used only as the result's <c>source</c>.
/// </summary>
internal sealed record Upload(byte[] Content, SourceFormat Format, string Name)
{
    private const int MaxNameLength = 120;

    public static async Task<Upload> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) && mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
            if (string.IsNullOrEmpty(boundary))
            {
                throw new UploadException(StatusCodes.Status400BadRequest, "Bad upload / 上传无效", "multipart/form-data without a boundary.");
            }

            var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = maxBytes };
            MultipartSection? section;
            try
            {
                while ((section = await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false)) is not null)
                {
                    if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                        && disposition.IsFileDisposition())
                    {
                        var fileName = disposition.FileNameStar.Value ?? disposition.FileName.Value;
                        var content = await ReadBoundedAsync(section.Body, maxBytes, cancellationToken).ConfigureAwait(false);
                        return new Upload(content, FormatOf(section.ContentType), CleanName(fileName));
                    }
                }
            }
            catch (InvalidDataException ex)
            {
                throw new UploadException(StatusCodes.Status413PayloadTooLarge, "Upload too large / 上传文件过大", ex.Message);
            }

            throw new UploadException(StatusCodes.Status400BadRequest, "No file / 没有文件", "The multipart body has no file part; send the report in a field such as 'file'.");
        }

        var body = await ReadBoundedAsync(request.Body, maxBytes, cancellationToken).ConfigureAwait(false);
        return new Upload(body, FormatOf(request.ContentType), CleanName(request.Query["name"].ToString()));
    }

    public static async Task<byte[]> ReadBoundedAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The bare file name, without any path, control characters or leading dots; "upload" when nothing is left.</summary>
    internal static string CleanName(string? name)
    {
        var bare = (name ?? string.Empty).Replace('\\', '/');
        bare = bare.Substring(bare.LastIndexOf('/') + 1);
        bare = new string(bare.Where(ch => !char.IsControl(ch) && ch is not '"' and not '<' and not '>' and not '|' and not ':' and not '*' and not '?').ToArray()).Trim().TrimStart('.');
        if (bare.Length > MaxNameLength)
        {
            bare = bare.Substring(bare.Length - MaxNameLength);
        }

        return bare.Length == 0 ? "upload" : bare;
    }

    private static SourceFormat FormatOf(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var type))
        {
            return SourceFormat.Unknown;
        }

        return type.MediaType.Value?.ToLowerInvariant() switch
        {
            "application/pdf" => SourceFormat.Pdf,
            "text/html" or "application/xhtml+xml" => SourceFormat.Html,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => SourceFormat.Docx,
            "application/msword" or "application/kswps" or "application/vnd.ms-works" => SourceFormat.Doc,
            "text/plain" or "text/markdown" or "text/x-markdown" => SourceFormat.Text,
            _ => SourceFormat.Unknown,
        };
    }

    private static UploadException TooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, "Upload too large / 上传文件过大", $"The upload exceeds the limit of {maxBytes} bytes.");
}
