namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>The industry a service number belongs to (所属行业), as the console lists them.</summary>
public enum ServiceNumberIndustry
{
    /// <summary>金融理财.</summary>
    Finance,

    /// <summary>社交通讯.</summary>
    SocialCommunication,

    /// <summary>影音娱乐.</summary>
    AudioVideoEntertainment,

    /// <summary>旅游出行.</summary>
    Travel,

    /// <summary>购物.</summary>
    Shopping,

    /// <summary>本地生活.</summary>
    LocalLife,

    /// <summary>运动健康.</summary>
    SportsHealth,

    /// <summary>教育培训.</summary>
    Education,

    /// <summary>新闻阅读.</summary>
    NewsReading,

    /// <summary>运营商.</summary>
    Carrier,

    /// <summary>其他.</summary>
    Other,
}
