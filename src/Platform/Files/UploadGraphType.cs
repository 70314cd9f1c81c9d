using GraphQL.Types;
using GraphQLParser.AST;

namespace KooMessage.Platform.Files;

/// <summary>
/// The <c>Upload</c> scalar of the GraphQL multipart request spec. Its values arrive only as
/// variables filled from the request's file parts, never as literals or in JSON requests.
/// </summary>
public sealed class UploadGraphType : ScalarGraphType
{
    public UploadGraphType()
    {
        Name = "Upload";
        Description = "A file sent with the GraphQL multipart request spec (as a variable; add the header `GraphQL-Preflight: 1`).";
        Metadata[GraphQL.IntrospectionCompletion.SpecifiedByUrl] = "https://github.com/jaydenseric/graphql-multipart-request-spec";
    }

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        UploadedFile file => file,
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLNullValue ? null : ThrowLiteralConversionError(value);

    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLNullValue;

    public override object? Serialize(object? value) => value is null ? null : ThrowSerializationError(value);
}
