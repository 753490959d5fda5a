using System.Collections.Generic;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace ReportParser.Server;

/// <summary>Parts of the OpenAPI description that the endpoint metadata cannot express.</summary>
internal static class OpenApiDescriptions
{
    /// <summary>/api/check takes a multipart form with a file, or the file itself as the body with its content type.</summary>
    public static OpenApiRequestBody CheckRequestBody()
    {
        static OpenApiMediaType Binary() => new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };

        return new OpenApiRequestBody
        {
            Required = true,
            Description = "The report: a multipart form with the file in the field 'file', or the file as the raw body with its content type (optionally ?name=report.pdf).",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "file" },
                        Properties = new Dictionary<string, IOpenApiSchema> { ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
                    },
                },
                ["application/pdf"] = Binary(),
                ["text/html"] = Binary(),
                ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = Binary(),
                ["application/octet-stream"] = Binary(),
            },
        };
    }

    /// <summary>The query parameter <c>name</c> of /api/check: the file name used in locations when the body is the raw file.</summary>
    public static OpenApiParameter NameParameter() => new()
    {
        Name = "name",
        In = ParameterLocation.Query,
        Required = false,
        Description = "File name of a raw-body upload (e.g. 报告.pdf): used in locations, and its extension as a format hint.",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };

    /// <summary>The query parameter <c>lang</c> of /api/render.</summary>
    public static OpenApiParameter LangParameter() => new()
    {
        Name = "lang",
        In = ParameterLocation.Query,
        Required = false,
        Description = "Language of the messages: zh (default) or en.",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("zh"), JsonValue.Create("en")], Default = JsonValue.Create("zh") },
    };

    /// <summary>The top of the JSON contract (docs/json-contract.md): what /api/check returns and /api/render takes.</summary>
    public static OpenApiSchema ResultSchema()
    {
        static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
        var location = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["source"] = Text("File name"),
                ["page"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
                ["table"] = Text("Table id, e.g. T3"),
                ["row"] = Text("Row id, e.g. T3.R1"),
                ["column"] = Text("Column id, e.g. T3.C.total"),
            },
        };
        var diagnostic = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Required = new HashSet<string> { "id", "severity", "message", "messageEn", "location", "cells" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["id"] = Text("Stable id RPccnn (docs/diagnostics.md)"),
                ["rule"] = Text("Spec rule, e.g. RULE.T3.BALANCE"),
                ["severity"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("error"), JsonValue.Create("warning"), JsonValue.Create("info")] },
                ["category"] = Text("reading, structure, arithmetic …"),
                ["title"] = Text("Chinese title"),
                ["message"] = Text("Chinese message"),
                ["messageEn"] = Text("English message"),
                ["help"] = Text("docs/diagnostics.md anchor"),
                ["location"] = location,
                ["cells"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = Text("Cell key row|column, e.g. T3.R1|T3.C.total") },
                ["arguments"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema() },
            },
        };
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "One check result: the JSON contract of docs/json-contract.md.",
            Required = new HashSet<string> { "source", "format", "status", "diagnostics" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["source"] = Text("The file name"),
                ["format"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("html"), JsonValue.Create("docx"), JsonValue.Create("pdf"), JsonValue.Create("doc"), JsonValue.Create("unknown")] },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("checked"), JsonValue.Create("unreadable"), JsonValue.Create("not-a-report")] },
                ["agency"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["year"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null },
                ["template"] = Text("Template version"),
                ["cells"] = new OpenApiSchema { Type = JsonSchemaType.Object, Description = "Every cell by key row|column: raw text, value, state, location", AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Object } },
                ["diagnostics"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = diagnostic },
            },
        };
    }

    /// <summary>Adds what the endpoint metadata cannot say to /api/check and /api/render: parameters, bodies and response schemas.</summary>
    public static void Describe(OpenApiOperation operation, string? endpoint)
    {
        switch (endpoint)
        {
            case "Check":
                operation.RequestBody = CheckRequestBody();
                operation.Parameters ??= new List<IOpenApiParameter>();
                operation.Parameters.Add(NameParameter());
                SetResponse(operation, "200", "The check result", "application/json", ResultSchema());
                break;
            case "Render":
                operation.Parameters ??= new List<IOpenApiParameter>();
                operation.Parameters.Add(LangParameter());
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "A result of /api/check, unchanged.",
                    Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = ResultSchema() } },
                };
                SetResponse(operation, "200", "A <style> element and the report's <section>: tables with the cells of each finding highlighted", "text/html", new OpenApiSchema { Type = JsonSchemaType.String });
                break;
        }
    }

    private static void SetResponse(OpenApiOperation operation, string status, string description, string mediaType, OpenApiSchema schema)
    {
        operation.Responses ??= new OpenApiResponses();
        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { [mediaType] = new() { Schema = schema } },
        };
    }
}
