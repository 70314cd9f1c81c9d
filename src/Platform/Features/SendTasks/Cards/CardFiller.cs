using KooMessage.Platform.Features.Messaging;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>Fills a card with one recipient's values (pure): texts and button links get their {{parameters}}, images and buttons the page's paths.</summary>
public static class CardFiller
{
    public const string ButtonPath = "b";
    public const string ImagePath = "i";

    /// <param name="basePath">The page's own path (<c>/s/{code}</c> or <c>/{code}</c>); images and button clicks live below it.</param>
    public static FilledCard Fill(SmartTemplate card, IReadOnlyList<string> values, string basePath)
    {
        var pages = card.Pages.Select((page, p) => new FilledCardPage(page.Components.Select((component, c) =>
        {
            var id = $"{p + 1}-{c + 1}";
            var text = component.Text is null ? null : SmartTemplateRules.Fill(component.Text, card.Parameters, values);
            switch (component.Type)
            {
                case SmartComponentType.Image:
                    return new FilledCardComponent(id, component.Type, text, $"{basePath}/{ImagePath}/{id}", null, null, null, null, null, component.ImageFileId);
                case SmartComponentType.Button:
                    var button = CardButtonRules.Fill(component, card.Parameters, values);
                    return new FilledCardComponent(id, component.Type, text, null, component.ButtonAction, button?.Url, button?.PhoneNumber, button?.Deeplink,
                        button is null ? null : $"{basePath}/{ButtonPath}/{id}", null);
                default:
                    return new FilledCardComponent(id, component.Type, text, null, null, null, null, null, null, null);
            }
        }).ToList())).ToList();
        var parameters = card.Parameters.Select((p, i) => (p.Name, Value: i < values.Count ? values[i] : string.Empty))
            .ToDictionary(x => x.Name, x => x.Value, StringComparer.Ordinal);
        return new FilledCard(card.Name, pages, parameters);
    }
}
