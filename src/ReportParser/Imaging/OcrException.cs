using System;

namespace ReportParser.Imaging;

/// <summary>An <see cref="IOcrEngine"/> could not render, decode or recognise its input; the checker reports it as RP0114 and goes on.</summary>
public sealed class OcrException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OcrException()
    {
    }

    /// <summary>Creates the exception with a reason.</summary>
    /// <param name="message">Why recognition failed.</param>
    public OcrException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a reason and its cause.</summary>
    /// <param name="message">Why recognition failed.</param>
    /// <param name="innerException">The cause.</param>
    public OcrException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
