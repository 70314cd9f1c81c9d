using GraphQL.Types;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ServiceNumberIndustryType : EnumerationGraphType<ServiceNumberIndustry>
{
    private static readonly Dictionary<ServiceNumberIndustry, string> ChineseNames = new()
    {
        [ServiceNumberIndustry.Finance] = "金融理财",
        [ServiceNumberIndustry.SocialCommunication] = "社交通讯",
        [ServiceNumberIndustry.AudioVideoEntertainment] = "影音娱乐",
        [ServiceNumberIndustry.Travel] = "旅游出行",
        [ServiceNumberIndustry.Shopping] = "购物",
        [ServiceNumberIndustry.LocalLife] = "本地生活",
        [ServiceNumberIndustry.SportsHealth] = "运动健康",
        [ServiceNumberIndustry.Education] = "教育培训",
        [ServiceNumberIndustry.NewsReading] = "新闻阅读",
        [ServiceNumberIndustry.Carrier] = "运营商",
        [ServiceNumberIndustry.Other] = "其他",
    };

    public ServiceNumberIndustryType()
    {
        Name = nameof(ServiceNumberIndustry);
        Description = "The industry of a service number (所属行业).";
        foreach (var value in Values)
            value.Description = ChineseNames[(ServiceNumberIndustry)value.Value!];
    }
}
