using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace ReportParser.Cli.Output;

/// <summary>Rows of one sheet spooled to a temporary file (one JSON array per line) so a batch of any size stays in bounded memory.</summary>
internal sealed class SpooledSheet : IDisposable
{
    private readonly string _path;
    private readonly StreamWriter _writer;

    public SpooledSheet(string name, IReadOnlyList<string> header)
    {
        Name = name;
        Header = header;
        _path = Path.Combine(Path.GetTempPath(), "reportparser-" + Guid.NewGuid().ToString("N") + ".rows");
        _writer = new StreamWriter(_path, false, new UTF8Encoding(false));
    }

    public string Name { get; }

    public IReadOnlyList<string> Header { get; }

    public int RowCount { get; private set; }

    /// <summary>Adds a row of strings, decimals and nulls.</summary>
    public void Add(IEnumerable<object?> values)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var value in values)
            {
                switch (value)
                {
                    case null:
                        json.WriteNullValue();
                        break;
                    case decimal d:
                        json.WriteNumberValue(d);
                        break;
                    case int i:
                        json.WriteNumberValue(i);
                        break;
                    case double f:
                        json.WriteNumberValue(f);
                        break;
                    default:
                        json.WriteStringValue(value.ToString());
                        break;
                }
            }

            json.WriteEndArray();
        }

        _writer.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        RowCount++;
    }

    /// <summary>Reads the rows back in order; values are strings, decimals or null.</summary>
    public IEnumerable<object?[]> Rows()
    {
        _writer.Flush();
        using var reader = new StreamReader(new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite), Encoding.UTF8);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            using var document = JsonDocument.Parse(line);
            var values = new List<object?>();
            foreach (var element in document.RootElement.EnumerateArray())
            {
                values.Add(element.ValueKind switch
                {
                    JsonValueKind.Number => element.GetDecimal(),
                    JsonValueKind.String => element.GetString(),
                    _ => null,
                });
            }

            yield return values.ToArray();
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        try
        {
            File.Delete(_path);
        }
        catch (IOException)
        {
        }
    }
}
