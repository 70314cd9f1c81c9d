namespace KooMessage.Client.Generator.Pipeline;

/// <summary>One generated file: its hint name and its C# text.</summary>
internal sealed record GeneratedSource(string HintName, string Text);
