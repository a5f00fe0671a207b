/** Portuguese (pt), in Brazilian wording; pt-PT readers get it too (`<html lang>` keeps their tag). */
import type { Messages } from "../catalog";

export const pt = {
  "common.titleWithApp": "{title} · {app}",
  "punctuation.sentenceEnd": ".",

  "page.skipLink": "Pular para o resumo",
  "page.imageAlt": "{title} — um resumo compartilhado pelo {app}",
  "page.readingTimeLabel": "Tempo de leitura",
  "page.readingTime": { one: "{count} min de leitura", many: "{count} min de leitura", other: "{count} min de leitura" },
  "page.sharedBy": "Compartilhado por {name}",
  "page.inBrief": "Em resumo",
  "page.summarySources": "Fontes do resumo",
  "page.sources": "Fontes",
  "page.opensInNewTab": "(abre em uma nova aba)",

  "header.getApp": "Baixar o app",

  "cta.title": "Receba seu próprio resumo diário",
  "cta.free": "Grátis para iPhone e Android",
  "cta.getApp": "Baixar o {app}",
  "cta.pitch": "O {app} lê as notícias por você e envia toda manhã um resumo curto e com fontes.",
  "cta.taglineAndPitch": "{tagline} {pitch}",
  "cta.openInApp": "Já tem o {app}? Abrir no app",
  "cta.clipboardHandoff": "Depois de instalar o {app}, ele vai abrir este resumo.",

  "badge.appStore.above": "Baixar na",
  "badge.appStore.large": "App Store",
  "badge.appStore.below": "",
  "badge.googlePlay.above": "DISPONÍVEL NO",
  "badge.googlePlay.large": "Google Play",
  "badge.googlePlay.below": "",

  "footer.sharedFrom": "Compartilhado pelo {app} — {tagline}",
  "footer.brand": "{app} — {tagline}",

  "error.code": "Erro {status}",
  "error.404.title": "Este resumo não existe",
  "error.404.body": "O link pode estar digitado errado ou incompleto. Peça para quem compartilhou enviar de novo.",
  "error.410.title": "Este resumo não está mais compartilhado",
  "error.410.body": "Quem compartilhou removeu o resumo, ou o link expirou. As notícias seguem em frente, e você também.",
  "error.503.title": "Não foi possível carregar este resumo",
  "error.503.body": "Algo deu errado do nosso lado. Tente novamente em instantes.",
  "error.tryAgain": "Tentar novamente",

  "home.documentTitle": "{app} · {tagline}",
  "home.description": "O {app} envia para você toda manhã um resumo de notícias curto e com fontes. {tagline}",
  "home.heroText": "{pitch} Receba seu próprio resumo diário, grátis para iPhone e Android.",
  "home.feature1.title": "Cinco minutos, toda manhã",
  "home.feature1.text": "As notícias que importam, em um resumo curto para ler com o café.",
  "home.feature2.title": "Cada informação com fonte",
  "home.feature2.text": "Cada parágrafo tem links para as reportagens originais, para você ler mais.",
  "home.feature3.title": "Feito para compartilhar",
  "home.feature3.text": "Envie um resumo para qualquer pessoa: ele abre como uma página limpa, sem app nem conta.",

  "getApp.title": "Tenha o {app} no seu celular",
  "getApp.scan": "Aponte a câmera do celular para o código: ele abre o {app} na App Store ou no Google Play.",
  "getApp.free": "O {app} é grátis para iPhone e Android.",
  "getApp.qrLabel": "Código QR: escaneie com o celular para baixar o {app}",

  "handoff.appStore.title": "Baixe o {app} na App Store",
  "handoff.appStore.text": "O navegador deste app não consegue abrir a App Store sozinho. Toque no botão para continuar.",
  "handoff.appStore.open": "Abrir a App Store",
  "handoff.appStore.web": "Ou abra a App Store no navegador",
  "handoff.googlePlay.title": "Baixe o {app} no Google Play",
  "handoff.googlePlay.text": "O navegador deste app não consegue abrir o Google Play sozinho. Toque no botão para continuar.",
  "handoff.googlePlay.open": "Abrir o Google Play",
  "handoff.googlePlay.web": "Ou abra o Google Play no navegador",

  "card.sharedFrom": "Compartilhado pelo {app}",
  "card.sources": { one: "Fonte", many: "Fontes", other: "Fontes" },
  "card.moreSources": "+{count}",
  "card.getYourOwn": "Receba seu resumo diário",
  "card.sharedBriefing": "Um resumo compartilhado pelo {app}",
} satisfies Messages;
