using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Budget;

namespace Wijkverbinder.TeamsApp.Budget;

public static class BudgetHostingExtensions
{
    /// <summary>Aanjaagbudget and access to the board: the checklist from configuration and the two services.</summary>
    public static IServiceCollection AddBudget(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BudgetOptions>(configuration.GetSection(BudgetOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<BudgetOptions>>().Value.ToCriteria());
        services.AddSingleton<BudgetService>();
        services.AddSingleton<BoardAccessService>();
        return services;
    }
}
