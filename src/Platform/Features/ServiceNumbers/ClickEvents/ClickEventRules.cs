using System.Security.Cryptography;
using System.Text;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// Checks a batch of click events from the phone side (<c>POST /sn/events</c>) and turns it into
/// <see cref="ClickEvent"/>s. A batch is stored whole or not at all, so one bad event refuses it.
/// Times default to now; events older than 7 days or more than 5 minutes ahead are refused, so
/// closed days in reports stay closed. Pure.
/// </summary>
public static class ClickEventRules
{
    public const int VisitorMax = 128;
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(7);
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    private static readonly Dictionary<string, ClickTarget> Targets = Enum.GetValues<ClickTarget>()
        .ToDictionary(EnumNames.Of, StringComparer.Ordinal);

    public static IReadOnlyList<ClickEvent> Validate(ClickEventBatch? batch, DateTime now, int maxEvents)
    {
        var events = batch?.Events;
        if (events is null || events.Count == 0 || events.Count > maxEvents)
            throw new DomainException(new ValidationError("events", $"Send 1–{maxEvents} events (got {events?.Count ?? 0})."));

        var v = new InputValidator();

        var result = new List<ClickEvent>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            var path = $"events[{i}]";
            var input = events[i];
            if (input is null)
            {
                v.Fail(path, $"{path} must be an object.");
                continue;
            }
            if (input.Target is null || !Targets.TryGetValue(input.Target, out var target))
            {
                v.Fail($"{path}.target", $"{path}.target must be one of {string.Join(", ", Targets.Keys)}.");
                continue;
            }
            var name = input.Name?.Trim() ?? string.Empty;
            if (target == ClickTarget.Homepage)
                v.MaxLength($"{path}.name", name, ServiceNumberEvent.NameMax);
            else
                v.Length($"{path}.name", name, 1, ServiceNumberEvent.NameMax);
            v.Length($"{path}.visitor", input.Visitor, 1, VisitorMax);
            var at = input.At?.UtcDateTime ?? now;
            if (at < now - MaxAge || at > now + MaxClockSkew)
                v.Fail($"{path}.at", $"{path}.at must be within the last {MaxAge.TotalDays} days and not in the future.");
            if (v.IsValid)
                result.Add(new ClickEvent(target, name, HashVisitor(input.Visitor!.Trim()), at));
        }
        v.ThrowIfInvalid();
        return result;
    }

    /// <summary>Visitor identifiers may be phone numbers: only their hash is kept, which still counts unique visitors.</summary>
    public static string HashVisitor(string visitor) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(visitor)));
}
