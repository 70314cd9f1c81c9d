namespace KooMessage.Platform.Features.Messaging;

/// <summary>One <c>${n}</c> occurrence in template content.</summary>
public sealed record TemplatePlaceholder(int Index, int Start, int Length)
{
    public int End => Start + Length;
}
