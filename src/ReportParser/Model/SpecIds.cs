using System;
using System.Collections.Generic;
using System.Reflection;

namespace ReportParser.Model;

/// <summary>The <see cref="SpecIdAttribute"/> of each member of a public model enum, read once per enum type.</summary>
internal static class SpecIds<
#if NET
    [System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicFields)]
#endif
    TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> Ids = Read();

    public static string Of(TEnum member) =>
        Ids.TryGetValue(member, out var id) ? id : throw new ArgumentOutOfRangeException(nameof(member), member, "Not a member of " + typeof(TEnum).Name + ".");

    /// <summary>Every member with its id, in declaration order.</summary>
    public static IEnumerable<KeyValuePair<TEnum, string>> All => Ids;

    private static Dictionary<TEnum, string> Read()
    {
        var ids = new Dictionary<TEnum, string>();
        foreach (var field in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var attribute = field.GetCustomAttribute<SpecIdAttribute>()
                ?? throw new InvalidOperationException(typeof(TEnum).Name + "." + field.Name + " names no spec id.");
            ids[(TEnum)field.GetValue(null)!] = attribute.Id;
        }

        return ids;
    }
}
