/**
 * Questions about the service itself, read by the greeting rule and answered by the greeting handler, so that what
 * is recognised and what is answered stay one pattern.
 */

/** Who runs the service and whether it is official ("这个号是招商中心开的还是第三方的", "Is this run by the government?"). */
export const ASKS_WHO_RUNS_US =
  /(这个|你们?|这)[^。]{0,6}(号|账号|公众号|服务|机器人)?[^。]{0,4}(是不是|是)?(官方|正规|第三方|外包)|(你们|这个号|这个服务)[^。]{0,4}(是)?谁(开|办|做|运营|管)的|(号|账号|服务)[^。]{0,8}(开|办)的(吗|还是)|(你们|你)(自己)?[^。]{0,4}怎么证明|\b(?:run|operated|owned) by\b|\bis (?:this|it) (?:an? )?official\b|\bwho (?:runs|operates|owns) (?:this|you|it)\b/i;

/** Whether the bot reads dialect ("你能听懂方言不 我爸只会讲荆州话"). */
export const ASKS_DIALECT =
  /(听|看)(得)?懂.{0,6}(方言|荆州话|土话|家乡话|粤语|广东话)|(方言|荆州话|土话)[^。]{0,6}(懂不|懂吗|能懂|行不|行吗)|\bunderstand (?:dialect|cantonese)\b/i;

/** Whether the service can still be used after deleting one's data ("删完了我还能接着用你不"). */
export const ASKS_USE_AFTER_DELETING =
  /删(了|完|掉|除)(了)?(以后|之后|后)?[^。]{0,6}(还能|还可以|能不能|可不可以)(接着|继续|再)?(用|问|找)你/;

/** What the bot is for ("你这个是干么的", "你们这个是做什么的啊"). */
export const ASKS_WHAT_FOR =
  /^(?:你好\s*)?你(们)?(这个|这)?(是)?(干么|干嘛|干啥|做么|做啥|搞么|搞啥|干什么|做什么|搞什么|干么事|搞么事|做么事)(子)?(的|用的)[呢啊呀吧\s?？]*$/;
