namespace KooMessage.Platform.Domain;

/// <summary>An input field broke a rule. <see cref="Field"/> is the input path, e.g. "slug" or "pages[1].title".</summary>
public sealed record ValidationError(string Field, string Message) : DomainError(Message)
{
    public override string Code => "VALIDATION";
}
