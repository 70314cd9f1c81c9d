using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>Pure rules of a send task's settings (DOMAIN.md "SendTask").</summary>
public static class SendTaskRules
{
    public const int ManualMax = 10;
    public const int ValidityMin = 1;
    public const int ValidityMax = 7;
    public const int IdempotencyKeyMax = 100;
    public static readonly TimeSpan EarliestSchedule = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan LatestSchedule = TimeSpan.FromDays(30);

    public static InputValidator ValidateSettings(this InputValidator v, string? name, int linkValidityDays, SendMode mode, DateTime? scheduledAt,
        DateTime now, NumberSource source, int manualCount, bool hasFile, bool trial, string? domain, string? idempotencyKey)
    {
        v.Length("name", name, 1, SendTask.NameMax).NoMarkup("name", name);
        v.Range("linkValidityDays", linkValidityDays, ValidityMin, ValidityMax);
        v.ValidateSchedule(mode, scheduledAt, now).ValidateNumberSource(source, manualCount, hasFile);
        if (source == NumberSource.File && trial)
            v.Fail("trial", "A trial send (试发测试) goes to manually entered numbers only.");
        if (domain is not null)
            v.ValidateDomain("domain", domain);
        v.MaxLength("idempotencyKey", idempotencyKey, IdempotencyKeyMax);
        return v;
    }

    /// <summary>IMMEDIATE takes no time; SCHEDULED at least 5 minutes and at most 30 days ahead (every kind of task).</summary>
    public static InputValidator ValidateSchedule(this InputValidator v, SendMode mode, DateTime? scheduledAt, DateTime now)
    {
        if (mode == SendMode.Scheduled)
        {
            if (scheduledAt is null)
                v.Fail("scheduledAt", "A SCHEDULED task needs scheduledAt.");
            else if (scheduledAt < now + EarliestSchedule)
                v.Fail("scheduledAt", "scheduledAt must be at least 5 minutes from now.");
            else if (scheduledAt > now + LatestSchedule)
                v.Fail("scheduledAt", "scheduledAt must be within 30 days.");
        }
        else if (scheduledAt is not null)
        {
            v.Fail("scheduledAt", "Only SCHEDULED tasks take scheduledAt.");
        }
        return v;
    }

    /// <summary>MANUAL takes 1–10 typed lines and no file; FILE an uploaded number file and no lines (every kind of task).</summary>
    public static InputValidator ValidateNumberSource(this InputValidator v, NumberSource source, int manualCount, bool hasFile)
    {
        if (source == NumberSource.Manual)
        {
            if (manualCount is < 1 or > ManualMax)
                v.Fail("numbers", $"Enter 1–{ManualMax} numbers (use a number file for more).");
            if (hasFile)
                v.Fail("numberFileId", "A MANUAL task takes numbers, not a file.");
        }
        else
        {
            if (!hasFile)
                v.Fail("numberFileId", "A FILE task needs an uploaded NUMBER_FILE.");
            if (manualCount > 0)
                v.Fail("numbers", "A FILE task takes its numbers from the file.");
        }
        return v;
    }
}
