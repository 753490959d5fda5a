using System;
using System.Linq;
using System.Reflection;

namespace ReportParser.Tests.Api;

public sealed class PublicApiTests
{
    private static readonly Type[] PublicTypes = typeof(ReportChecker).Assembly.GetExportedTypes();

    [Fact]
    public void Every_public_class_is_sealed_static_or_abstract_with_no_public_constructor()
    {
        foreach (var type in PublicTypes.Where(t => t.IsClass))
        {
            var ok = type.IsSealed || (type.IsAbstract && type.IsSealed) || (type.IsAbstract && type.GetConstructors().Length == 0);
            ok.Should().BeTrue($"{type.FullName} should be sealed, static, or abstract without public constructors");
        }
    }

    [Fact]
    public void No_public_member_exposes_a_PdfPig_OpenXml_or_AngleSharp_type()
    {
        string[] banned = ["UglyToad", "DocumentFormat.OpenXml", "AngleSharp"];
        foreach (var type in PublicTypes)
        {
            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var types = member switch
                {
                    MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
                    PropertyInfo p => [p.PropertyType],
                    FieldInfo f => [f.FieldType],
                    ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
                    _ => [],
                };
                foreach (var used in types)
                {
                    banned.Should().NotContain(b => (used.FullName ?? string.Empty).StartsWith(b, StringComparison.Ordinal), $"{type.Name}.{member.Name} exposes {used.FullName}");
                }
            }
        }
    }

    [Fact]
    public void The_library_targets_netstandard2_0_and_the_net8_LTS_as_well()
    {
        var project = System.IO.File.ReadAllText(System.IO.Path.Combine(Infrastructure.RepositoryPaths.Root, "src", "ReportParser", "ReportParser.csproj"));

        project.Should().Contain("<TargetFrameworks>netstandard2.0;net8.0;net10.0</TargetFrameworks>");
    }
}
