namespace KooMessage.Platform.Features.SendTasks;

/// <summary>号码解析: counts after de-duplication. Invariant: Total = Invalid + Resolvable + Unresolvable.</summary>
public sealed record NumberParseResult(int Total, int Invalid, int Resolvable, int Unresolvable)
{
    /// <summary>Resolvable, plus the unresolvable ones when a fallback sends them something.</summary>
    public int SubmittedWith(FallbackPolicy fallback) => Resolvable + (fallback == FallbackPolicy.None ? 0 : Unresolvable);
}
