namespace KooMessage.Client;

/// <summary>One GraphQL request: the document, which operation to run and its variables.</summary>
/// <param name="Variables">
/// Values are null, strings, numbers, booleans, <see cref="DateTimeOffset"/>, <see cref="System.Text.Json.JsonElement"/>,
/// <see cref="Upload"/>, <see cref="IInputObject"/> or lists of these; the generated client converts enums to their names.
/// </param>
public sealed record OperationRequest(string OperationName, string Document, IReadOnlyDictionary<string, object?> Variables);
