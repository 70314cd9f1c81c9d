using System.Globalization;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.BasicEdition;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Features.ServiceNumbers;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.Statistics;

/// <summary>
/// Statistics rows as CSV lines (RFC 4180) under <see cref="Header"/>: a bucket's start and end local to
/// the query's zone with their offset (a spreadsheet user reads local days), the grouped dimensions as
/// global IDs and enum names (empty when not grouped), the counters and the rates. Pure.
/// </summary>
public static class MessageStatisticsCsv
{
    public const string Header = "start,end,kind,channel,task_id,app_id,signature_id,sms_template_id,smart_template_id,video_template_id,"
        + "service_number_id,submitted,sent,delivered,failed,expired,skipped,cancelled,clicks,unique_clicks,delivery_rate,click_rate";

    public static string Line(MessageStatisticsRow row, TimeZoneInfo zone)
    {
        var c = row.Counts;
        return string.Join(',',
            Local(row.Start, zone), Local(row.End, zone),
            row.Kind is { } kind ? EnumNames.Of(kind) : string.Empty,
            row.Channel is { } channel ? EnumNames.Of(channel) : string.Empty,
            row.TaskGlobalId,
            Id(SmsApp.GraphTypeName, row.SmsAppId), Id(SmsSignature.GraphTypeName, row.SignatureId), Id(SmsTemplate.GraphTypeName, row.SmsTemplateId),
            Id(SmartTemplate.GraphTypeName, row.SmartTemplateId), Id(VideoTemplate.GraphTypeName, row.VideoTemplateId),
            Id(ServiceNumber.GraphTypeName, row.ServiceNumberId),
            Number(c.Submitted), Number(c.Sent), Number(c.Delivered), Number(c.Failed), Number(c.Expired), Number(c.Skipped), Number(c.Cancelled),
            Number(c.Clicks), Number(c.UniqueClicks), Rate(c.DeliveryRate), Rate(c.ClickRate));
    }

    private static string Local(DateTime utc, TimeZoneInfo zone)
        => TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Id(string typeName, Guid? id) => id is { } value ? GlobalId.Encode(typeName, value) : string.Empty;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Rate(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? string.Empty;
}
