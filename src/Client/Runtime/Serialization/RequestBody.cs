namespace KooMessage.Client.Runtime.Serialization;

/// <summary>
/// A serialized GraphQL request. <see cref="Files"/> lists each distinct upload with every
/// variable path that refers to it (e.g. <c>variables.input.files.0</c>), as the multipart map needs.
/// </summary>
internal sealed record RequestBody(byte[] Json, IReadOnlyList<(Upload Upload, IReadOnlyList<string> Paths)> Files);
