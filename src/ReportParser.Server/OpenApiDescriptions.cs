using System.Collections.Generic;
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
}
