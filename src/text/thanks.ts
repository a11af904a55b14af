/**
 * Thanks and goodbyes in the other languages and dialects merchants write ("merci", "grazie", "au revoir", Cantonese
 * "唔该晒"): one list for every
 * pattern that reads a courtesy (the closing rule, a form's courtesy, the greeting's reply).
 */
export const THANKS_ABROAD =
  'merci(?: beaucoup| bien)?|danke(?: sch[öo]n| sehr)?|(?:muchas )?gracias|grazie(?: mille)?|obrigad[oa]|tack(?: så mycket)?|arigato|ありがとう|唔该(?:晒|哂|你)?|多谢(?:晒|哂)|au revoir|[àa] bient[ôo]t|tsch[üu]ss|auf wiedersehen|ciao|arrivederci|adi[óo]s|hasta luego|sayonara|tot ziens|hej d[åa]|再見|spasibo(?: bolshoe)?|спасибо|shukriya|shukran|terima kasih|c[aả]m [oơ]n|asante(?: sana)?|dhanyavad|tanks|tank (?:you|u)|thank u|tchau|poka|do svidaniya|dasvidaniya';

/** Hellos in the other languages merchants and their partners write ("salam", "privet", "olá", "xin chào"). */
export const GREETINGS_ABROAD =
  'salam|salaam|as-?salamu? ?alaikum|assalamu?alaikum|privet|привет|zdravstvuyte|ol[áa]|oi|hola|bonjour|salut|ciao|namaste|xin ch[àa]o|sawasdee|sawadee|marhaba|konnichiwa|annyeong(?:haseyo)?|hallo|jambo|habari|sannu|bawo';

/** "That's all (for now)": nothing more to ask, in English; read by the closing rule and by a form's goodbye. */
export const THATS_ALL_EN = "that'?s all(?: for now| for today)?|that is all(?: for now| for today)?";
