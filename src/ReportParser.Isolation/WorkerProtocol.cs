using System;
using System.Buffers.Binary;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ReportParser.Isolation;

/// <summary>
/// The pipe protocol between the supervisor and a worker: length-prefixed frames (4-byte little-endian length, then
/// the payload) on the worker's standard input and output.
/// <list type="bullet">
/// <item>supervisor → worker, once: the settings (<see cref="WorkerSettings"/> as JSON); the worker warms up (one small
/// check, so start-up and compilation do not count against the first document's time limit) and answers <c>W</c>;</item>
/// <item>supervisor → worker, per document: a header frame (JSON: <c>path</c>, or <c>name</c> and <c>format</c>), and for
/// <c>name</c> a second frame with the content;</item>
/// <item>worker → supervisor, per document: one frame, a kind byte then UTF-8 text: <c>R</c> the result in the JSON
/// contract (<c>ReportJson</c>), <c>N</c> file not found, <c>M</c> out of memory, <c>E</c> an unexpected exception.</item>
/// </list>
/// A worker that reads end-of-file on its input exits: it never outlives its supervisor.
/// </summary>
internal static class WorkerProtocol
{
    public const byte Result = (byte)'R';
    public const byte NotFound = (byte)'N';
    public const byte OutOfMemory = (byte)'M';
    public const byte Failed = (byte)'E';
    public const byte Ready = (byte)'W';

    /// <summary>Largest frame accepted (the service's uploads are far below it).</summary>
    public const int MaxFrameBytes = 1 << 30;

    public static void Write(Stream stream, ReadOnlySpan<byte> payload)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, payload.Length);
        stream.Write(length);
        stream.Write(payload);
    }

    public static void Write(Stream stream, byte kind, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var payload = new byte[bytes.Length + 1];
        payload[0] = kind;
        bytes.CopyTo(payload, 1);
        Write(stream, payload);
    }

    public static async Task WriteAsync(Stream stream, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, payload.Length);
        await stream.WriteAsync(length, cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(payload, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads one frame; null at end of stream.</summary>
    public static byte[]? Read(Stream stream)
    {
        Span<byte> length = stackalloc byte[4];
        if (stream.ReadAtLeast(length, 4, throwOnEndOfStream: false) < 4)
        {
            return null;
        }

        var payload = new byte[CheckedLength(BinaryPrimitives.ReadInt32LittleEndian(length))];
        return stream.ReadAtLeast(payload, payload.Length, throwOnEndOfStream: false) < payload.Length ? null : payload;
    }

    /// <summary>Reads one frame; null at end of stream (the worker died).</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var length = new byte[4];
        if (await stream.ReadAtLeastAsync(length, 4, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false) < 4)
        {
            return null;
        }

        var payload = new byte[CheckedLength(BinaryPrimitives.ReadInt32LittleEndian(length))];
        var read = await stream.ReadAtLeastAsync(payload, payload.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        return read < payload.Length ? null : payload;
    }

    private static int CheckedLength(int length) =>
        length is >= 0 and <= MaxFrameBytes ? length : throw new InvalidDataException("Frame length " + length + " is out of range.");
}
