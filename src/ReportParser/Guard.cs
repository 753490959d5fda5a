using System;

namespace ReportParser;

/// <summary>Argument checks that work on netstandard2.0 as well as net10.0.</summary>
internal static class Guard
{
    public static void NotNull(object? value, string name)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }
    }
}
