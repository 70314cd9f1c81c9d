namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// The short links a smart task's recipients get: on <paramref name="Domain"/>, valid for
/// <paramref name="ValidityDays"/>, leading to <paramref name="LandingUrl"/> (its "{task}" replaced by the
/// task's global id) unless a recipient brought its own URL.
/// </summary>
public sealed record ShortLinkPlan(string Domain, int ValidityDays, string LandingUrl);
