namespace KooMessage.Client.Generator.Model;

/// <summary>How a scalar or enum appears in C#: its type, the runtime method reading it from JSON, and whether it is a struct.</summary>
internal sealed record LeafType(string CSharpType, string Reader, bool IsValueType);
