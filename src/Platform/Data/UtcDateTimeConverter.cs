using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace KooMessage.Platform.Data;

/// <summary>
/// Stores every DateTime as UTC and reads it back with Kind=Utc, so values serialise as ISO-8601
/// with a 'Z' whatever the provider (SQLite keeps no kind at all).
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
