// Small but real-shaped DataFusion physical plans (indent format) for the demo lanes.

export const REVENUE_ROLLUP_PLAN_V1 = `SortPreservingMergeExec: [order_day@0 ASC NULLS LAST]
  SortExec: expr=[order_day@0 ASC NULLS LAST], preserve_partitioning=[true]
    ProjectionExec: expr=[order_day@0 as order_day, region@1 as region, sum(orders.net_amount)@2 as revenue]
      AggregateExec: mode=FinalPartitioned, gby=[order_day@0 as order_day, region@1 as region], aggr=[sum(orders.net_amount)]
        RepartitionExec: partitioning=Hash([order_day@0, region@1], 16), input_partitions=16
          AggregateExec: mode=Partial, gby=[order_day@0 as order_day, region@1 as region], aggr=[sum(orders.net_amount)]
            FilterExec: status@2 = completed
              DataSourceExec: file_groups={16 groups: [[s3://lake/orders/part-0.parquet], ...]}, projection=[order_day, region, status, net_amount], file_type=parquet, predicate=status@2 = completed`;

export const REVENUE_ROLLUP_PLAN_V2 = `SortPreservingMergeExec: [order_day@0 ASC NULLS LAST]
  SortExec: expr=[order_day@0 ASC NULLS LAST], preserve_partitioning=[true]
    ProjectionExec: expr=[order_day@0 as order_day, region@1 as region, sum(orders.net_amount)@2 as revenue]
      AggregateExec: mode=FinalPartitioned, gby=[order_day@0 as order_day, region@1 as region], aggr=[sum(orders.net_amount)]
        RepartitionExec: partitioning=Hash([order_day@0, region@1], 32), input_partitions=32
          AggregateExec: mode=Partial, gby=[order_day@0 as order_day, region@1 as region], aggr=[sum(orders.net_amount)]
            DataSourceExec: file_groups={32 groups: [[s3://lake/orders/part-0.parquet], ...]}, projection=[order_day, region, status, net_amount], file_type=parquet, predicate=status@2 = completed, pruning_predicate=status_null_count@2 != row_count@3`;

export const ATTRIBUTION_JOIN_PLAN = `ProjectionExec: expr=[campaign_id@0 as campaign_id, count(Int64(1))@1 as conversions]
  AggregateExec: mode=FinalPartitioned, gby=[campaign_id@0 as campaign_id], aggr=[count(Int64(1))]
    RepartitionExec: partitioning=Hash([campaign_id@0], 8), input_partitions=8
      AggregateExec: mode=Partial, gby=[campaign_id@1 as campaign_id], aggr=[count(Int64(1))]
        HashJoinExec: mode=Partitioned, join_type=Inner, on=[(click_id@0, click_id@0)]
          RepartitionExec: partitioning=Hash([click_id@0], 8), input_partitions=8
            DataSourceExec: file_groups={8 groups: [[s3://ads/conversions/2026-11/part-0.parquet], ...]}, projection=[click_id], file_type=parquet
          RepartitionExec: partitioning=Hash([click_id@0], 8), input_partitions=8
            DataSourceExec: file_groups={8 groups: [[s3://ads/clicks/2026-11/part-0.parquet], ...]}, projection=[click_id, campaign_id], file_type=parquet`;

export const SESSIONIZATION_PLAN = `ProjectionExec: expr=[user_id@0 as user_id, session_start@1 as session_start, events@2 as events]
  BoundedWindowAggExec: wdw=[lag(clicks.event_time) PARTITION BY [clicks.user_id] ORDER BY [clicks.event_time ASC NULLS LAST]], mode=[Sorted]
    SortExec: expr=[user_id@0 ASC NULLS LAST, event_time@1 ASC NULLS LAST], preserve_partitioning=[true]
      RepartitionExec: partitioning=Hash([user_id@0], 12), input_partitions=12
        DataSourceExec: file_groups={12 groups: [[s3://web/clickstream/dt=2026-11-20/part-0.parquet], ...]}, projection=[user_id, event_time, page], file_type=parquet`;

export const GENERIC_SCAN_PLAN = (table: string) => `CoalescePartitionsExec
  ProjectionExec: expr=[id@0 as id, updated_at@1 as updated_at]
    FilterExec: updated_at@1 > 2026-01-01T00:00:00
      DataSourceExec: file_groups={4 groups: [[s3://lake/${table}/part-0.parquet], ...]}, projection=[id, updated_at], file_type=parquet`;
