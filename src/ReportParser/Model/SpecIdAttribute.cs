using System;

namespace ReportParser.Model;

/// <summary>
/// The spec id (<c>T3.R1</c>, <c>T3.C.total</c> …) a public enum member stands for. Every member names its id
/// explicitly, so reordering or inserting members never remaps ids (a test checks that each id is distinct and known).
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
internal sealed class SpecIdAttribute : Attribute
{
    public SpecIdAttribute(string id)
    {
        Id = id;
    }

    public string Id { get; }
}
