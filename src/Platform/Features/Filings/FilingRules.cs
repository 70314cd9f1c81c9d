using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.Filings;

/// <summary>Pure rules of a filing's contents, unit-tested alone.</summary>
public static class FilingRules
{
    public const int MaxDocuments = 10;

    public static SmartMessageUsage UsageOf(IEnumerable<FilingKind>? kinds)
        => (kinds ?? []).Aggregate(SmartMessageUsage.None, (usage, kind) => usage | (kind == FilingKind.SendTask ? SmartMessageUsage.SendTask : SmartMessageUsage.ShortLink));

    public static IReadOnlyList<FilingKind> KindsOf(SmartMessageUsage usage)
        => Enum.GetValues<FilingKind>().Where(k => usage.HasFlag(k == FilingKind.SendTask ? SmartMessageUsage.SendTask : SmartMessageUsage.ShortLink)).ToList();

    /// <summary>Kinds only for SMART_MESSAGE (at least one there); document types the area takes, single ones once.</summary>
    public static InputValidator ValidateContents(this InputValidator v, ProductArea area, SmartMessageUsage usage, IReadOnlyList<DocumentType> documents)
    {
        if (area == ProductArea.SmartMessage && usage == SmartMessageUsage.None)
            v.Fail("kinds", "A SMART_MESSAGE filing covers SEND_TASK, SHORT_LINK or both: give at least one.");
        if (area != ProductArea.SmartMessage && usage != SmartMessageUsage.None)
            v.Fail("kinds", "Only SMART_MESSAGE filings have kinds.");
        if (documents.Count > MaxDocuments)
            v.Fail("documents", $"A filing carries at most {MaxDocuments} documents.");

        var slots = FilingRequirements.For(area);
        for (var i = 0; i < documents.Count; i++)
        {
            var slot = slots.FirstOrDefault(s => s.Type == documents[i]);
            if (slot is null)
                v.Fail($"documents[{i}].type", $"{EnumNames.Of(documents[i])} is not a document of a {EnumNames.Of(area)} filing.");
            else if (!slot.Multiple && documents.Take(i).Contains(documents[i]))
                v.Fail($"documents[{i}].type", $"Only one {EnumNames.Of(documents[i])} can be attached.");
        }
        return v;
    }

    /// <summary>Every required document of the area is attached.</summary>
    public static InputValidator ValidateComplete(this InputValidator v, ProductArea area, IEnumerable<DocumentType> attached)
    {
        var present = attached.ToHashSet();
        foreach (var slot in FilingRequirements.For(area).Where(s => s.Required && !present.Contains(s.Type)))
            v.Fail(FilingRequirements.FieldOf(slot.Type), $"{EnumNames.Of(slot.Type)} is required for a {EnumNames.Of(area)} filing.");
        return v;
    }
}
